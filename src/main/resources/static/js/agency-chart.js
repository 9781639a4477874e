// Agencies per area above the agency list. Every bar opens the records behind it: a click
// lists the agencies of that area.
document.addEventListener('DOMContentLoaded', function () {
	var element = document.getElementById('agency-chart');
	if (!element || typeof echarts === 'undefined') {
		return;
	}
	var areas = JSON.parse(element.dataset.areas);
	element.style.height = '220px';
	var chart = echarts.init(element);
	chart.setOption({
		title: { text: element.dataset.label, textStyle: { fontSize: 13, fontWeight: 'normal' } },
		animation: false,
		tooltip: {},
		grid: { left: 40, right: 10, top: 36, bottom: 40 },
		xAxis: { type: 'category', data: areas.map(function (a) { return a.top ? a.regionName + element.dataset.own : a.regionName; }), axisLabel: { interval: 0, rotate: areas.length > 8 ? 30 : 0 } },
		yAxis: { type: 'value', minInterval: 1 },
		series: [{ type: 'bar', data: areas.map(function (a) { return a.agencies; }), itemStyle: { color: '#b3261e' } }]
	});
	chart.on('click', function (event) {
		var area = areas[event.dataIndex];
		window.location.href = element.dataset.list + '?region=' + encodeURIComponent(area.regionCode) + (area.top ? '&own=true' : '');
	});
	window.addEventListener('resize', function () { chart.resize(); });
});
