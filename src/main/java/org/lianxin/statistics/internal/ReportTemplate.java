package org.lianxin.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lianxin.platform.web.RuleViolationException;

/**
 * The report's wording: one paragraph a line, the first the title, the figures written as
 * placeholders ({@code {{opinion.COLLECTED}}}) that the records fill in. The office edits
 * the words; a number typed into them would be a figure nobody can open, so the wording
 * holds no digits at all.
 */
final class ReportTemplate {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z_.]+)}}");

	/** Digits of any width: ASCII, full-width (０-９) and the rest of Unicode's. */
	private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

	/** The words that are not figures: the region's name and the year. */
	static final Set<String> WORDS = Set.of("region", "year");

	static final int MAX_LENGTH = 20_000;

	/**
	 * The source text's six paragraphs (supervision, deputies' work, stations, the
	 * digital platform, legislation, publicity), with the numbers replaced by what counts
	 * them.
	 */
	static final String DEFAULT = String.join("\n", "{{region}}人大常委会{{year}}年度工作报告",
			"依法履职，监督工作扎实有效。全年共召开党组会议{{ledger.PARTY_GROUP_MEETINGS}}次，主任会议{{ledger.CHAIRPERSONS_MEETINGS}}次，"
					+ "常委会会议{{ledger.STANDING_COMMITTEE_MEETINGS}}次，听取和审议专项工作报告{{ledger.REPORTS_HEARD}}个，"
					+ "开展视察调研{{ledger.OVERSIGHT_ACTIVITIES}}次，依法任免国家机关工作人员{{ledger.APPOINTMENTS}}人次，"
					+ "向党委请示报告重要会议、重大事项{{ledger.REQUESTS}}件次。",
			"代表工作提质增效。全年收到代表建议{{suggestion.RECEIVED}}件，立案{{suggestion.REGISTERED}}件，"
					+ "实现答复率{{suggestion.rate.REPLY}}、办结率{{suggestion.rate.CLOSING}}、满意率{{suggestion.rate.SATISFACTION}}，"
					+ "其中A类解决{{suggestion.RESOLVED}}件，解决率{{suggestion.rate.SOLVED}}。",
			"联络站阵地作用充分发挥。{{station.LIAISON_STATIONS}}个代表联络站常态化开展进站接待{{station.SESSIONS}}次、"
					+ "走访村居和法律咨询等活动{{station.ACTIVITIES}}次，代表进站{{station.DEPUTY_VISITS}}人次，"
					+ "接待群众{{station.PEOPLE}}人次，收集群众意见建议{{station.OPINIONS}}条。",
			"数字人大建设成效明显。民情民意上传{{opinion.COLLECTED}}件，已解决{{opinion.RESOLVED}}件，"
					+ "答复率{{opinion.rate.REPLY}}、办结率{{opinion.rate.CLOSING}}、解决率{{opinion.rate.SOLVED}}、"
					+ "满意率{{opinion.rate.SATISFACTION}}。",
			"基层立法联系点工作持续提升。围绕{{legislation.CONSULTATIONS}}次立法征询广泛征集社会各界意见建议，"
					+ "收集意见{{legislation.OPINIONS}}条，梳理上报{{legislation.REPORTED}}条，其中{{legislation.ADOPTED}}条被立法机关采纳。",
			"扩大宣传影响，讲好人大故事。全年在各级媒体刊发宣传稿件{{ledger.ARTICLES}}篇。");

	private ReportTemplate() {
	}

	/** A piece of a paragraph: words, or the key of a placeholder. */
	record Piece(String text, String key) {

		boolean figure() {
			return this.key != null;
		}

	}

	/** The paragraphs, each cut into words and placeholders; the first is the title. */
	static List<List<Piece>> paragraphs(String wording) {
		List<List<Piece>> paragraphs = new ArrayList<>();
		for (String line : wording.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			List<Piece> pieces = new ArrayList<>();
			Matcher placeholder = PLACEHOLDER.matcher(line);
			int at = 0;
			while (placeholder.find()) {
				if (placeholder.start() > at) {
					pieces.add(new Piece(line.substring(at, placeholder.start()), null));
				}
				pieces.add(new Piece(null, placeholder.group(1)));
				at = placeholder.end();
			}
			if (at < line.length()) {
				pieces.add(new Piece(line.substring(at), null));
			}
			paragraphs.add(pieces);
		}
		return paragraphs;
	}

	/**
	 * The wording as the office may save it: not empty, not too long, every placeholder
	 * one the records fill, and no number written into the words.
	 */
	static String checked(String wording, Set<String> figureKeys) {
		String text = (wording == null) ? "" : wording.strip().replace("\r\n", "\n");
		if (text.isEmpty()) {
			throw new RuleViolationException("wording", "statistics.report.wording.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new RuleViolationException("wording", "statistics.report.wording.too-long", MAX_LENGTH);
		}
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			String key = placeholder.group(1);
			if (!WORDS.contains(key) && !figureKeys.contains(key)) {
				throw new RuleViolationException("wording", "statistics.report.wording.unknown-figure", key);
			}
		}
		String words = PLACEHOLDER.matcher(text).replaceAll("");
		Matcher digit = DIGIT.matcher(words);
		if (digit.find()) {
			int from = Math.max(0, digit.start() - 12);
			int to = Math.min(words.length(), digit.end() + 12);
			throw new RuleViolationException("wording", "statistics.report.wording.typed-figure",
					words.substring(from, to).replace('\n', ' '));
		}
		if (words.contains("{{") || words.contains("}}")) {
			throw new RuleViolationException("wording", "statistics.report.wording.broken-placeholder");
		}
		return text;
	}

}
