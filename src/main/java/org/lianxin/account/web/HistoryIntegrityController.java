package org.lianxin.account.web;

import org.lianxin.account.OperationLog;
import org.lianxin.account.internal.AccountPermissions;
import org.lianxin.platform.history.HistoryAnchors;
import org.lianxin.platform.history.HistoryCheck;
import org.lianxin.platform.statistics.RollupReconciliation;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 记录完整性: for administrators, whether the histories still match their hash chains and
 * daily anchors (the last checks, the first broken link they found), with a button to
 * check now; and beside them whether the figures' rollups still matched their records at
 * their last reconciliations.
 */
@Controller
class HistoryIntegrityController {

	private final HistoryCheck check;

	private final HistoryAnchors anchors;

	private final OperationLog log;

	private final SmallForms forms;

	private final RollupReconciliation rollups;

	HistoryIntegrityController(HistoryCheck check, HistoryAnchors anchors, OperationLog log, SmallForms forms,
			RollupReconciliation rollups) {
		this.check = check;
		this.anchors = anchors;
		this.log = log;
		this.forms = forms;
		this.rollups = rollups;
	}

	@GetMapping("/admin/history-integrity")
	@PreAuthorize("hasAuthority('" + AccountPermissions.LOG_VIEW + "')")
	String show(Model model) {
		model.addAttribute("checks", this.check.recent(10));
		model.addAttribute("anchors", this.anchors.latest());
		model.addAttribute("rollupChecks", this.rollups.recent(10));
		return "account/history-integrity";
	}

	@PostMapping("/admin/history-integrity/check")
	@PreAuthorize("hasAuthority('" + AccountPermissions.LOG_VIEW + "')")
	String checkNow(RedirectAttributes redirect) {
		HistoryCheck.Outcome outcome = this.check.run();
		this.log.record("platform.history.check", "history",
				outcome.broken() ? "broken: " + outcome.history() + " row " + outcome.rowId()
						: "intact: " + outcome.rowsRead() + " rows");
		this.forms.notice(redirect, outcome.broken() ? "history.check.broken" : "history.check.intact",
				outcome.rowsRead());
		return "redirect:/admin/history-integrity";
	}

}
