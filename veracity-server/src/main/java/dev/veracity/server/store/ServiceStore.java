package dev.veracity.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the service keeps checks, verdicts, API keys and the audit trail.
 *
 * <p>Each write is atomic and durable once the method returns, and writes its audit event in the
 * same transaction. Failures of the underlying database surface as {@link StoreException}.
 * Implementations are thread-safe.
 */
public interface ServiceStore {

  /** Stores a new check, audited as {@code check.create} by its creator. */
  void saveCheck(StoredCheck check);

  /** The check with the given id. */
  Optional<StoredCheck> findCheck(String id);

  /** Past checks, newest first. */
  Page<CheckSummary> listChecks(int limit, int offset);

  /**
   * Stores a verdict, audited as {@code verdict.create} by its reviewer.
   *
   * @return false, storing nothing, when the verdict's check does not exist
   */
  boolean saveVerdict(Verdict verdict);

  /** The verdicts on one check, oldest first. */
  List<Verdict> verdictsOf(String checkId);

  /** All verdicts, newest first. */
  Page<Verdict> listVerdicts(int limit, int offset);

  /**
   * Stores a new API key by the hash of its secret, audited as {@code key.create} by {@code actor}.
   *
   * @return false, storing nothing, when the name or the hash is already taken
   */
  boolean saveKey(ApiKey key, String secretHash, String actor);

  /** The unrevoked key whose secret has the given hash. */
  Optional<ApiKey> findActiveKey(String secretHash);

  /** Every key, revoked ones included, by name. */
  List<ApiKey> listKeys();

  /**
   * Revokes a key, audited as {@code key.revoke} by {@code actor}.
   *
   * @return false when no unrevoked key has that name
   */
  boolean revokeKey(String name, Instant at, String actor);

  /** The audit trail, newest first. */
  Page<AuditEvent> listAudit(int limit, int offset);

  /** Whether the database answers a trivial query now. */
  boolean isReachable();
}
