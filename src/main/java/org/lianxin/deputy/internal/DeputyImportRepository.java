package org.lianxin.deputy.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface DeputyImportRepository extends CrudRepository<DeputyImport, UUID> {

	/** The user's own import: nobody else may look at it. */
	Optional<DeputyImport> findByIdAndUserId(UUID id, long userId);

	/** Imports are kept a day. */
	@Modifying
	@Query("delete from deputy_import_job where started_at < :before")
	void deleteStartedBefore(Instant before);

}
