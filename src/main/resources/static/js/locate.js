// the public opinion form: offered only where the browser can tell the location; the
// form works without it
(function () {
	var button = document.getElementById('locate');
	if (!button || !('geolocation' in navigator)) return;
	button.classList.remove('d-none');
	button.addEventListener('click', function () {
		navigator.geolocation.getCurrentPosition(function (p) {
			document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
			document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
			document.getElementById('located').hidden = false;
		});
	});
})();
