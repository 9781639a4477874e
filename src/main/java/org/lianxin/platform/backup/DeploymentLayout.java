package org.lianxin.platform.backup;

import java.nio.file.Path;

/**
 * Where an embedded deployment keeps what a backup must hold together: the database, the
 * uploaded files and the key without which the phone numbers in the database cannot be
 * read. The names follow the defaults in {@code application.yml}, so a restored directory
 * starts with {@code --lianxin.embedded-postgres.data-dir=
 *
<dir>
 * /pg} alone.
 */
record DeploymentLayout(Path root) {

	static final String DATABASE = "pg";

	static final String FILES = "files";

	static final String KEY = "keys/phone.key";

	DeploymentLayout {
		root = root.toAbsolutePath().normalize();
	}

	Path database() {
		return this.root.resolve(DATABASE);
	}

	Path files() {
		return this.root.resolve(FILES);
	}

	Path key() {
		return this.root.resolve(KEY);
	}

}
