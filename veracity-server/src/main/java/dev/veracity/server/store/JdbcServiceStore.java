package dev.veracity.server.store;

import dev.veracity.server.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * A {@link ServiceStore} over plain JDBC; the same SQL runs on H2 (PostgreSQL mode) and PostgreSQL.
 *
 * <p>Every write runs in one transaction at READ COMMITTED with its audit event, and commits before
 * the method returns. Thread-safe: each call borrows its own connection.
 */
public final class JdbcServiceStore implements ServiceStore {

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  /** A store over {@code dataSource}, whose schema is already migrated. */
  public JdbcServiceStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public void saveCheck(StoredCheck check) {
    Objects.requireNonNull(check, "check");
    CheckSummary s = check.summary();
    inTransaction(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "insert into checks (id, created_at, created_by, source, title, domain, chars,"
                      + " text_sha256, digest, body, schema_id, report)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.id());
            p.setObject(2, utc(s.createdAt()));
            p.setString(3, s.createdBy());
            p.setString(4, s.source());
            p.setString(5, s.title().orElse(null));
            p.setString(6, s.domain().orElse(null));
            p.setInt(7, s.chars());
            p.setString(8, s.textSha256());
            p.setString(9, s.digest());
            p.setString(10, check.text());
            p.setString(11, check.schema());
            p.setString(12, check.reportJson());
            p.executeUpdate();
          }
          audit(c, s.createdAt(), s.createdBy(), "check.create", s.id(), s.source());
          return null;
        });
  }

  @Override
  public Optional<StoredCheck> findCheck(String id) {
    return query(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "select id, created_at, created_by, source, title, domain, chars, text_sha256,"
                      + " digest, body, schema_id, report from checks where id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredCheck(
                      summary(r),
                      r.getString("body"),
                      r.getString("schema_id"),
                      r.getString("report")));
            }
          }
        });
  }

  @Override
  public Page<CheckSummary> listChecks(int limit, int offset) {
    return query(
        c -> {
          List<CheckSummary> items = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "select id, created_at, created_by, source, title, domain, chars, text_sha256,"
                      + " digest from checks order by created_at desc, id desc limit ? offset ?")) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                items.add(summary(r));
              }
            }
          }
          return new Page<>(items, count(c, "checks"), limit, offset);
        });
  }

  @Override
  public boolean saveVerdict(Verdict v) {
    Objects.requireNonNull(v, "verdict");
    return inTransaction(
        c -> {
          try (PreparedStatement p = c.prepareStatement("select 1 from checks where id = ?")) {
            p.setString(1, v.checkId());
            try (ResultSet r = p.executeQuery()) {
              if (!r.next()) {
                return false;
              }
            }
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "insert into verdicts (id, check_id, claim_index, claim_text, label, note,"
                      + " reviewer, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, v.id());
            p.setString(2, v.checkId());
            if (v.claimIndex().isPresent()) {
              p.setInt(3, v.claimIndex().getAsInt());
            } else {
              p.setNull(3, Types.INTEGER);
            }
            p.setString(4, v.claimText().orElse(null));
            p.setString(5, v.label().id());
            p.setString(6, v.note().orElse(null));
            p.setString(7, v.reviewer());
            p.setObject(8, utc(v.createdAt()));
            p.executeUpdate();
          }
          String what =
              v.label().id()
                  + " on "
                  + v.checkId()
                  + v.claimIndex().stream().mapToObj(i -> " claim " + i).findFirst().orElse("");
          audit(c, v.createdAt(), v.reviewer(), "verdict.create", v.id(), what);
          return true;
        });
  }

  @Override
  public List<Verdict> verdictsOf(String checkId) {
    return query(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(VERDICT_COLUMNS + " where check_id = ? order by created_at, id")) {
            p.setString(1, checkId);
            return verdicts(p);
          }
        });
  }

  @Override
  public Page<Verdict> listVerdicts(int limit, int offset) {
    return query(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  VERDICT_COLUMNS + " order by created_at desc, id desc limit ? offset ?")) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            return new Page<>(verdicts(p), count(c, "verdicts"), limit, offset);
          }
        });
  }

  private static final String VERDICT_COLUMNS =
      "select id, check_id, claim_index, claim_text, label, note, reviewer, created_at from"
          + " verdicts";

  private static List<Verdict> verdicts(PreparedStatement p) throws SQLException {
    List<Verdict> out = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        int index = r.getInt("claim_index");
        OptionalInt claim = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(index);
        String label = r.getString("label");
        out.add(
            new Verdict(
                r.getString("id"),
                r.getString("check_id"),
                claim,
                Optional.ofNullable(r.getString("claim_text")),
                VerdictLabel.fromId(label)
                    .orElseThrow(() -> new StoreException("unknown verdict label " + label, null)),
                Optional.ofNullable(r.getString("note")),
                r.getString("reviewer"),
                instant(r, "created_at")));
      }
    }
    return out;
  }

  @Override
  public boolean saveKey(ApiKey key, String secretHash, String actor) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secretHash, "secretHash");
    try {
      return inTransaction(
          c -> {
            try (PreparedStatement p =
                c.prepareStatement("select 1 from api_keys where name = ? or key_hash = ?")) {
              p.setString(1, key.name());
              p.setString(2, secretHash);
              try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                  return false;
                }
              }
            }
            try (PreparedStatement p =
                c.prepareStatement(
                    "insert into api_keys (name, key_hash, role, created_at) values (?, ?, ?, ?)")) {
              p.setString(1, key.name());
              p.setString(2, secretHash);
              p.setString(3, key.role().id());
              p.setObject(4, utc(key.createdAt()));
              p.executeUpdate();
            }
            audit(c, key.createdAt(), actor, "key.create", key.name(), "role " + key.role().id());
            return true;
          });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException
          && UNIQUE_VIOLATION.equals(((SQLException) e.getCause()).getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<ApiKey> findActiveKey(String secretHash) {
    return query(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "select name, role, created_at, revoked_at from api_keys"
                      + " where key_hash = ? and revoked_at is null")) {
            p.setString(1, secretHash);
            try (ResultSet r = p.executeQuery()) {
              return r.next() ? Optional.of(key(r)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<ApiKey> listKeys() {
    return query(
        c -> {
          List<ApiKey> keys = new ArrayList<>();
          try (PreparedStatement p =
                  c.prepareStatement(
                      "select name, role, created_at, revoked_at from api_keys order by name");
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              keys.add(key(r));
            }
          }
          return keys;
        });
  }

  @Override
  public boolean revokeKey(String name, Instant at, String actor) {
    return inTransaction(
        c -> {
          int n;
          try (PreparedStatement p =
              c.prepareStatement(
                  "update api_keys set revoked_at = ? where name = ? and revoked_at is null")) {
            p.setObject(1, utc(at));
            p.setString(2, name);
            n = p.executeUpdate();
          }
          if (n == 0) {
            return false;
          }
          audit(c, at, actor, "key.revoke", name, null);
          return true;
        });
  }

  @Override
  public Page<AuditEvent> listAudit(int limit, int offset) {
    return query(
        c -> {
          List<AuditEvent> items = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "select id, at, actor, action, subject, detail from audit_events"
                      + " order by at desc, id desc limit ? offset ?")) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                items.add(
                    new AuditEvent(
                        r.getLong("id"),
                        instant(r, "at"),
                        r.getString("actor"),
                        r.getString("action"),
                        r.getString("subject"),
                        Optional.ofNullable(r.getString("detail"))));
              }
            }
          }
          return new Page<>(items, count(c, "audit_events"), limit, offset);
        });
  }

  @Override
  public boolean isReachable() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      try (ResultSet r = s.executeQuery("select 1")) {
        return r.next();
      }
    } catch (SQLException e) {
      return false;
    }
  }

  private static void audit(
      Connection c, Instant at, String actor, String action, String subject, String detail)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into audit_events (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")) {
      p.setObject(1, utc(at));
      p.setString(2, actor);
      p.setString(3, action);
      p.setString(4, truncate(subject, 200));
      p.setString(5, detail == null ? null : truncate(detail, 8000));
      p.executeUpdate();
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static CheckSummary summary(ResultSet r) throws SQLException {
    return new CheckSummary(
        r.getString("id"),
        instant(r, "created_at"),
        r.getString("created_by"),
        r.getString("source"),
        Optional.ofNullable(r.getString("title")),
        Optional.ofNullable(r.getString("domain")),
        r.getInt("chars"),
        r.getString("text_sha256"),
        r.getString("digest"));
  }

  private static ApiKey key(ResultSet r) throws SQLException {
    String role = r.getString("role");
    Timestamp revoked = r.getTimestamp("revoked_at");
    return new ApiKey(
        r.getString("name"),
        Role.fromId(role).orElseThrow(() -> new StoreException("unknown role " + role, null)),
        instant(r, "created_at"),
        revoked == null ? Optional.empty() : Optional.of(instant(r, "revoked_at")));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet r, String column) throws SQLException {
    return r.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** Work on one connection that may throw SQLException. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T query(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("database query failed: " + e.getMessage(), e);
    }
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database write failed: " + e.getMessage(), e);
    }
  }
}
