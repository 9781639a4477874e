package org.lianxin.notification.web;

import java.util.List;

import org.lianxin.notification.internal.NotificationPermissions;
import org.lianxin.notification.internal.DeliveryStatus;
import org.lianxin.notification.internal.OutboxDelivery;
import org.lianxin.notification.internal.OutboxLines;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.Paging;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages that have not gone out, for administrators: failed ones first by default,
 * then those waiting for a retry, each with a button to send it again now.
 */
@Controller
@RequestMapping("/admin/notifications")
class OutboxController {

	static final int PAGE_SIZE = 50;

	private final OutboxLines lines;

	private final OutboxDelivery delivery;

	private final SmallForms forms;

	OutboxController(OutboxLines lines, OutboxDelivery delivery, SmallForms forms) {
		this.lines = lines;
		this.delivery = delivery;
		this.forms = forms;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + NotificationPermissions.OUTBOX_VIEW + "')")
	String list(@RequestParam(defaultValue = "FAILED") DeliveryStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(page, 0);
		List<OutboxLines.Line> shown = this.lines.withStatus(status, Paging.offset(safePage, PAGE_SIZE), PAGE_SIZE + 1);
		model.addAttribute("counts", this.lines.counts());
		model.addAttribute("statuses", DeliveryStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("lines", shown.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", shown.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		return "notification/outbox";
	}

	@PostMapping("/{id}/retry")
	@PreAuthorize("hasAuthority('" + NotificationPermissions.OUTBOX_RETRY + "')")
	String retry(@PathVariable long id, @RequestParam(defaultValue = "FAILED") DeliveryStatus status,
			RedirectAttributes redirect) {
		OutboxDelivery.Outcome outcome = this.delivery.retryNow(id)
			.orElseThrow(() -> new NotFoundException("retriable message " + id));
		this.forms.notice(redirect, (outcome.sent() > 0) ? "outbox.retry.sent" : "outbox.retry.failed");
		return "redirect:/admin/notifications?status=" + status;
	}

}
