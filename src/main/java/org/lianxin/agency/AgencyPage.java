package org.lianxin.agency;

import java.util.List;

/** One page of an agency list and how many agencies match in all. */
public record AgencyPage(List<AgencyView> items, long total, int page, int size) {

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
