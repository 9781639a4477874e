package org.lianxin.legislation.internal;

/**
 * Article and chapter numbers as drafts write them: 一, 十二, 一百零五, or plain digits.
 */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** The number, or -1 when the text is not one (or not above zero). */
	static int parse(String text) {
		if (text.isEmpty()) {
			return -1;
		}
		if (text.chars().allMatch(Character::isDigit)) {
			return (text.length() <= 5) ? Integer.parseInt(text) : -1;
		}
		int total = 0;
		int current = -1;
		for (char ch : text.toCharArray()) {
			int digit = digit(ch);
			int unit = unit(ch);
			if (digit >= 0) {
				if (current > 0) {
					// two digits side by side (二三) is no number
					return -1;
				}
				current = digit;
			}
			else if (unit > 0) {
				total += ((current < 0) ? 1 : current) * unit;
				current = -1;
			}
			else {
				return -1;
			}
		}
		total += Math.max(current, 0);
		return (total > 0) ? total : -1;
	}

	/** 12 → 十二, 105 → 一百零五, as drafts write article numbers. */
	static String write(int number) {
		StringBuilder text = new StringBuilder();
		int[] units = { 1000, 100, 10, 1 };
		String[] names = { "千", "百", "十", "" };
		boolean zero = false;
		for (int i = 0; i < units.length; i++) {
			int digit = (number / units[i]) % 10;
			if (digit == 0) {
				zero = text.length() > 0;
				continue;
			}
			if (zero) {
				text.append('零');
				zero = false;
			}
			// 十二, not 一十二, when ten is the first unit
			if (!(units[i] == 10 && digit == 1 && text.length() == 0)) {
				text.append(DIGITS.charAt(digit));
			}
			text.append(names[i]);
		}
		return text.toString();
	}

	private static int digit(char ch) {
		if (ch == '〇' || ch == '零') {
			return 0;
		}
		if (ch == '两') {
			return 2;
		}
		return DIGITS.indexOf(ch);
	}

	private static int unit(char ch) {
		return switch (ch) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			default -> 0;
		};
	}

}
