package org.lianxin.deputy.web;

import java.util.UUID;

import org.lianxin.platform.excel.ImportReport;

/**
 * A deputies import as its page shows it: public, because the page's expressions read it.
 *
 * @param stalled whether a running import has not moved for two minutes (its node died)
 */
public record ImportJob(UUID id, String state, int done, int total, ImportReport report, String failure,
		boolean stalled) {

	public boolean running() {
		return "RUNNING".equals(this.state) && !this.stalled;
	}

	public int percent() {
		return (this.total == 0) ? 0 : this.done * 100 / this.total;
	}

}
