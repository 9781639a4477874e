package org.lianxin.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the database files live between runs
 * @param port the port to listen on (loopback only); 0 picks a free one
 * @param ephemeral start from an empty directory and delete it on stop (tests)
 */
@ConfigurationProperties("lianxin.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("./data/pg") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean ephemeral) {
}
