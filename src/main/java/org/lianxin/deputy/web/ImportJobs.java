package org.lianxin.deputy.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.internal.DeputyImport;
import org.lianxin.deputy.internal.DeputyImportRepository;
import org.lianxin.deputy.internal.DeputyWorkbookImport;
import org.lianxin.deputy.internal.DeputyWorkbookImport.CheckedWorkbook;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deputies imports that save in the background while the page shows how far they have
 * come. Progress lives in the database ({@link DeputyImport}), so any node can answer the
 * page's polling.
 */
@Component
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	/** How long a finished or interrupted import is kept. */
	private static final Duration KEPT = Duration.ofDays(1);

	private final DeputyWorkbookImport imports;

	private final DeputyImportRepository jobs;

	private final JsonMapper json;

	private final TaskExecutor executor;

	private final MessageSource messages;

	private final Clock clock;

	/** Progress is written beside the import's own transaction, so the page sees it. */
	private final TransactionTemplate ownTransaction;

	ImportJobs(DeputyWorkbookImport imports, DeputyImportRepository jobs, JsonMapper json,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, MessageSource messages, Clock clock,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.jobs = jobs;
		this.json = json;
		this.executor = executor;
		this.messages = messages;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts saving a checked workbook in the background, as the signed-in user. */
	UUID start(CurrentUser user, CheckedWorkbook workbook, ImportReport.Mode mode) {
		this.jobs.deleteStartedBefore(this.clock.instant().minus(KEPT));
		UUID id = this.jobs.save(DeputyImport.start(user.id(), workbook.entries().size(), this.clock.instant())).id();
		Locale locale = LocaleContextHolder.getLocale();
		Runnable save = () -> {
			LocaleContextHolder.setLocale(locale);
			try {
				ImportReport report = this.imports.save(user, workbook, mode, new Throttled(id));
				String text = this.json.writeValueAsString(report);
				step(id, job -> job.finish(text, this.clock.instant()));
			}
			catch (RuleViolationException ex) {
				String reason = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
				step(id, job -> job.fail(reason, this.clock.instant()));
			}
			catch (RuntimeException ex) {
				logger.error("Deputies import {} failed", id, ex);
				String reason = this.messages.getMessage("import.failed", null, locale);
				step(id, job -> job.fail(reason, this.clock.instant()));
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
			}
		};
		this.executor.execute(new DelegatingSecurityContextRunnable(save));
		return id;
	}

	/** The user's own import, if it exists. */
	Optional<ImportJob> find(CurrentUser user, UUID id) {
		return this.jobs.findByIdAndUserId(id, user.id()).map(job -> {
			String report = job.report();
			return new ImportJob(job.id(), job.state().name(), job.done(), job.total(),
					(report != null) ? this.json.readValue(report, ImportReport.class) : null, job.failure(),
					job.stalled(this.clock.instant()));
		});
	}

	/** One step of the job, in a transaction of its own. */
	private void step(UUID id, UnaryOperator<DeputyImport> step) {
		this.ownTransaction.executeWithoutResult(status -> this.jobs.findById(id).map(step).ifPresent(this.jobs::save));
	}

	/** Writes progress about fifty times in all, not after every row. */
	private final class Throttled implements DeputyWorkbookImport.ImportProgress {

		private final UUID id;

		private int written = -1;

		Throttled(UUID id) {
			this.id = id;
		}

		@Override
		public void reached(int done, int total) {
			if (this.written >= 0 && done < total && done - this.written < Math.max(1, total / 50)) {
				return;
			}
			this.written = done;
			step(this.id, job -> job.progressed(done, ImportJobs.this.clock.instant()));
		}

	}

}
