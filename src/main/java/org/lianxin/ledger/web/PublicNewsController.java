package org.lianxin.ledger.web;

import org.lianxin.ledger.internal.PublicNews;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The committees' news for everyone, on a phone, without signing in (人大新闻): the publicity
 * register's articles of a year, by level, each linking to where it was carried.
 */
@Controller
class PublicNewsController {

	private final PublicNews news;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	PublicNewsController(PublicNews news, RegionManagement regions, WorkdayCalendar calendar) {
		this.news = news;
		this.regions = regions;
		this.calendar = calendar;
	}

	@GetMapping("/public/news")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null && year > 1999 && year < 2200) ? year : this.calendar.today().getYear();
		String known = (region != null && region.matches("\\d{6,12}")) ? region : null;
		model.addAttribute("byLevel", this.news.of(known, shown));
		model.addAttribute("year", shown);
		model.addAttribute("regionName",
				(known != null) ? this.regions.find(known).map(r -> r.name()).orElse(null) : null);
		return "public/news";
	}

}
