// The dashboard's charts (驾驶舱) and the wall screen (大屏). Each chart is described by its
// element's data-chart (series over rows, every cell with the path of the records it counts):
// a click on a bar or point opens those records. On the wall screen (#dashboard-wall) the
// charts are fetched again from the API every data-every seconds, with no reload of the page.
(function () {
	var charts = {};

	function option(chart, dark) {
		var text = dark ? '#e9ecef' : '#212529';
		var line = chart.key === 'opinion-months';
		return {
			animation: false,
			color: ['#b3261e', '#1f6feb', '#2da44e', '#bf8700', '#8250df', '#57606a'],
			tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : (chart.percent ? v + '%' : v); } },
			legend: { show: chart.series.length > 1, top: 0, textStyle: { color: text } },
			grid: { left: 48, right: 12, top: chart.series.length > 1 ? 32 : 12, bottom: 56 },
			xAxis: { type: 'category', data: chart.rows.map(function (r) { return r.label; }),
				axisLabel: { color: text, interval: 0, rotate: chart.rows.length > 6 ? 30 : 0,
					formatter: function (v) { return v.length > 10 ? v.slice(0, 10) + '…' : v; } } },
			yAxis: { type: 'value', minInterval: 1, max: chart.percent ? 100 : null, axisLabel: { color: text } },
			series: chart.series.map(function (name, i) {
				return { name: name, type: line ? 'line' : 'bar', data: chart.rows.map(function (r) { return r.cells[i].value; }) };
			})
		};
	}

	function draw(element, chart, dark) {
		var drawn = charts[chart.key];
		if (!drawn) {
			drawn = echarts.init(element, dark ? 'dark' : null);
			drawn.on('click', function (event) {
				var shown = drawn.lxChart;
				var cell = shown.rows[event.dataIndex] && shown.rows[event.dataIndex].cells[event.seriesIndex];
				if (cell && cell.path) {
					window.location.href = cell.path;
				}
			});
			charts[chart.key] = drawn;
		}
		drawn.lxChart = chart;
		drawn.setOption(option(chart, dark), true);
	}

	function refresh(wall) {
		fetch(wall.dataset.api, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
			.then(function (dashboard) {
				dashboard.charts.forEach(function (chart) {
					var element = wall.querySelector('.dashboard-chart[data-key="' + chart.key + '"]');
					if (element) {
						draw(element, chart, true);
					}
				});
				stamp();
			})
			.catch(function () { /* the screen keeps the last figures and tries again at the next turn */ });
	}

	function stamp() {
		var time = document.getElementById('wall-refreshed');
		if (time) {
			time.textContent = new Date().toLocaleTimeString();
		}
	}

	document.addEventListener('DOMContentLoaded', function () {
		if (typeof echarts === 'undefined') {
			return;
		}
		var wall = document.getElementById('dashboard-wall');
		document.querySelectorAll('.dashboard-chart[data-chart]').forEach(function (element) {
			draw(element, JSON.parse(element.dataset.chart), !!wall);
		});
		window.addEventListener('resize', function () {
			Object.keys(charts).forEach(function (key) { charts[key].resize(); });
		});
		if (wall) {
			stamp();
			setInterval(function () { refresh(wall); }, (Number(wall.dataset.every) || 60) * 1000);
		}
	});
})();
