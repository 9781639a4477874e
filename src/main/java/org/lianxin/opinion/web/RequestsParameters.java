package org.lianxin.opinion.web;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of GeoReport v2's {@code GET requests}, as sent: every value a
 * string, so that binding never fails and {@link Open311Binder} answers a bad value in
 * the spec's error form.
 */
record RequestsParameters(@BindParam("jurisdiction_id") String jurisdiction,
		@BindParam("service_request_id") String ids, @BindParam("service_code") String serviceCodes,
		@BindParam("start_date") String startDate, @BindParam("end_date") String endDate, String status, String page,
		@BindParam("page_size") String pageSize) {

	/** The page asked for; the first when none is (an empty value counts as none). */
	String pageOrFirst() {
		return (this.page == null || this.page.isEmpty()) ? "1" : this.page;
	}

	/** The page size asked for; the largest when none is. */
	String pageSizeOrLargest() {
		return (this.pageSize == null || this.pageSize.isEmpty()) ? String.valueOf(Open311Requests.MAX_RESULTS)
				: this.pageSize;
	}

}
