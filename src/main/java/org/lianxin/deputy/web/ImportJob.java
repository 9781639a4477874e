package org.lianxin.deputy.web;

import java.util.UUID;

import org.lianxin.deputy.internal.ImportState;
import org.lianxin.platform.excel.ImportReport;

/**
 * A deputies import as its page shows it: public, because the page's expressions read it.
 *
 * @param state the import's state, by name (the page compares it)
 * @param stalled whether a running import has not moved for two minutes (its node died)
 */
public record ImportJob(UUID id, String state, int done, int total, ImportReport report, String failure,
		boolean stalled) {

	public boolean running() {
		return ImportState.RUNNING.name().equals(this.state) && !this.stalled;
	}

	public int percent() {
		return (this.total == 0) ? 0 : this.done * 100 / this.total;
	}

}
