package org.lianxin.platform.database;

import java.io.IOException;
import java.nio.file.Path;

/** Starts the platform's {@link EmbeddedServer} for tests outside its package. */
public final class EmbeddedDatabases {

	private EmbeddedDatabases() {
	}

	/** A server on {@code dataDir}, kept when it stops (created there if empty). */
	public static Running start(Path dataDir) throws IOException {
		return new Running(EmbeddedServer.start(new EmbeddedPostgresProperties(dataDir, 0, false)));
	}

	public static final class Running implements AutoCloseable {

		private final EmbeddedServer server;

		private Running(EmbeddedServer server) {
			this.server = server;
		}

		public String jdbcUrl() {
			return this.server.jdbcUrl();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
