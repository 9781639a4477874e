package org.lianxin.platform.web;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a list read one row past its size, so that the page knows whether another
 * follows without counting the whole list (a count at a million rows costs more than the
 * page itself).
 *
 * @param rows the page's rows, at most its size
 * @param number the page's number, from 0
 * @param hasNext whether a row was found past this page
 */
public record PageOf<T>(List<T> rows, int number, boolean hasNext) {

	/**
	 * Page {@code number} of a list read by {@code reader(offset, limit)}, one row past
	 * its size; a page number past any list ({@link Paging}) reads an empty page.
	 */
	public static <T> PageOf<T> read(int number, int size, BiFunction<Integer, Integer, List<T>> reader) {
		return cut(reader.apply(Paging.offset(number, size), size + 1), number, size);
	}

	/**
	 * The page of {@code fetched}, which was read with {@code limit size + 1}.
	 */
	public static <T> PageOf<T> cut(List<T> fetched, int number, int size) {
		boolean more = fetched.size() > size;
		return new PageOf<>(more ? List.copyOf(fetched.subList(0, size)) : List.copyOf(fetched), Math.max(number, 0),
				more);
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
