package org.lianxin.suggestion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.excel.ExportRows;
import org.lianxin.platform.excel.SheetForm;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Suggestions in Excel: the template a session's paper suggestions are typed into (see
 * {@link SuggestionImport}), and any list as the office files it, with the list's
 * filters, every page of it.
 */
@Service
public class SuggestionWorkbooks {

	/** A session's suggestions as the office types them in from paper. */
	public static final SheetForm SESSION = new SheetForm("代表建议",
			List.of("原编号*", "标题*", "内容*", "类别*", "领衔代表*", "附议代表", "提出时间*"), 2000);

	/** A list as exported, of any length (never imported, so no upload limit). */
	public static final SheetForm LIST = new SheetForm("代表建议清单",
			List.of("编号", "标题", "类别", "状态", "领衔代表", "区划", "提出日期", "主办单位", "本环节期限", "重点建议", "答复类别"), 0);

	private final SuggestionQueries queries;

	private final MessageSource messages;

	private final OperationLog log;

	SuggestionWorkbooks(SuggestionQueries queries, MessageSource messages, OperationLog log) {
		this.queries = queries;
		this.messages = messages;
		this.log = log;
	}

	/** The template, with an example row and the categories and periods to pick from. */
	public byte[] template() {
		return SESSION.template(
				List.of("1", "关于加快老旧小区改造的建议", "我区部分老旧小区管网老化……", label("suggestion.category.URBAN"), "张三", "李四、王五",
						label("suggestion.period.SESSION")),
				Map.of(3, labels("suggestion.category.", SuggestionCategory.values()), 6,
						labels("suggestion.period.", Period.values())));
	}

	/**
	 * The suggestions of the user's scope that the filter finds, all of them, as rows
	 * read one at a time; the filter's page is ignored.
	 */
	public ExportRows export(CurrentUser user, SuggestionFilter filter) {
		return sheet -> this.queries.each(user, filter, row -> sheet.accept(line(row)));
	}

	/** Notes an export of so many rows in the operation log. */
	public void exported(long rows) {
		this.log.record("suggestion.export", null, rows + " rows");
	}

	private List<String> line(SuggestionRow row) {
		return List.of(
				(row.serialNumber() != null) ? this.messages.getMessage("suggestion.number",
						new Object[] { row.sessionNumber(), row.serialNumber() }, LocaleContextHolder.getLocale()) : "",
				row.title(), label("suggestion.category." + row.category()), label("suggestion.status." + row.status()),
				text(row.leadDeputy()), row.regionCode(), text(row.filedOn()), text(row.leadAgency()),
				text(row.stageDueOn()), row.keySuggestion() ? "是" : "", text(row.resultClass()));
	}

	List<String> labels(String prefix, Enum<?>[] values) {
		List<String> labels = new ArrayList<>();
		for (Enum<?> value : values) {
			labels.add(label(prefix + value.name()));
		}
		return labels;
	}

	String label(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
