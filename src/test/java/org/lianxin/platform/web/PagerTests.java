package org.lianxin.platform.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list's pager: a page read one row past its size knows whether another follows, and
 * its links keep every filter of the address, change only the page, and never leave the
 * site.
 */
class PagerTests {

	final PageLinks links = new PageLinks();

	@AfterEach
	void forget() {
		RequestContextHolder.resetRequestAttributes();
	}

	void requested(String uri, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@Test
	void a_page_read_one_row_past_its_size_knows_another_follows() {
		PageOf<Integer> full = PageOf.read(2, 3, (offset, limit) -> {
			assertThat(offset).isEqualTo(6);
			assertThat(limit).isEqualTo(4);
			return List.of(7, 8, 9, 10);
		});
		assertThat(full.rows()).containsExactly(7, 8, 9);
		assertThat(full.hasNext()).isTrue();
		assertThat(full.hasPrevious()).isTrue();
		PageOf<Integer> last = PageOf.cut(List.of(1, 2), 0, 3);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.hasPrevious()).isFalse();
		assertThat(PageOf.read(-5, 3, (offset, limit) -> List.of()).number()).isZero();
	}

	@Test
	void the_links_keep_the_filters_and_change_only_the_page() {
		requested("/oversight/items", "state=OPEN&overdue=true&page=3");
		assertThat(this.links.to(4)).isEqualTo("/oversight/items?state=OPEN&overdue=true&page=4");
		assertThat(this.links.to(0)).isEqualTo("/oversight/items?state=OPEN&overdue=true");
		requested("/oversight/topics", null);
		assertThat(this.links.to(1)).isEqualTo("/oversight/topics?page=1");
		assertThat(this.links.to(0)).isEqualTo("/oversight/topics");
	}

	@Test
	void a_path_with_doubled_slashes_never_links_to_another_host() {
		requested("//evil.example/oversight/topics", "q=%E6%A0%A1");
		assertThat(this.links.to(1)).isEqualTo("/evil.example/oversight/topics?q=%E6%A0%A1&page=1");
	}

}
