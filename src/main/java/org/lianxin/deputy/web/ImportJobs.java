package org.lianxin.deputy.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyImport;
import org.lianxin.deputy.DeputyImport.CheckedWorkbook;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deputies imports that save in the background while the page shows how far they have
 * come. Progress lives in the database, so any node can answer the page's polling.
 */
@Component
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private final DeputyImport imports;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TaskExecutor executor;

	private final MessageSource messages;

	/** Progress is written beside the import's own transaction, so the page sees it. */
	private final TransactionTemplate ownTransaction;

	ImportJobs(DeputyImport imports, JdbcClient jdbc, JsonMapper json,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.json = json;
		this.executor = executor;
		this.messages = messages;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts saving a checked workbook in the background, as the signed-in user. */
	UUID start(CurrentUser user, CheckedWorkbook workbook, ImportReport.Mode mode) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("delete from deputy_import_job where started_at < now() - interval '1 day'").update();
		this.jdbc.sql("insert into deputy_import_job (id, user_id, state, total) values (?, ?, 'RUNNING', ?)")
			.params(id, user.id(), workbook.entries().size())
			.update();
		Locale locale = LocaleContextHolder.getLocale();
		Runnable save = () -> {
			LocaleContextHolder.setLocale(locale);
			try {
				ImportReport report = this.imports.save(user, workbook, mode, new Throttled(id));
				finish(id, "FINISHED", this.json.writeValueAsString(report), null);
			}
			catch (RuleViolationException ex) {
				finish(id, "FAILED", null, this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			}
			catch (RuntimeException ex) {
				logger.error("Deputies import {} failed", id, ex);
				finish(id, "FAILED", null, this.messages.getMessage("import.failed", null, locale));
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
		return this.jdbc.sql("""
				select id, state, done, total, report, failure, updated_at < now() - interval '2 minutes' as stalled
				from deputy_import_job where id = ? and user_id = ?""").params(id, user.id()).query((rs, n) -> {
			String report = rs.getString("report");
			return new ImportJob(rs.getObject("id", UUID.class), rs.getString("state"), rs.getInt("done"),
					rs.getInt("total"), (report != null) ? this.json.readValue(report, ImportReport.class) : null,
					rs.getString("failure"), rs.getBoolean("stalled"));
		}).optional();
	}

	private void finish(UUID id, String state, String report, String failure) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.sql("""
				update deputy_import_job set state = ?, report = cast(? as jsonb), failure = ?, updated_at = now()
				where id = ?""").params(state, report, failure, id).update());
	}

	/** Writes progress about fifty times in all, not after every row. */
	private final class Throttled implements DeputyImport.ImportProgress {

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
			ImportJobs.this.ownTransaction.executeWithoutResult(status -> ImportJobs.this.jdbc
				.sql("update deputy_import_job set done = ?, updated_at = now() where id = ?")
				.params(done, this.id)
				.update());
		}

	}

}
