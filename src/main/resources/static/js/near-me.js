// Offers "nearest stations" where the browser can tell its location; the page works without it.
document.addEventListener('DOMContentLoaded', function () {
	var button = document.getElementById('near-me');
	if (!button || !navigator.geolocation) {
		return;
	}
	button.classList.remove('d-none');
	button.addEventListener('click', function () {
		navigator.geolocation.getCurrentPosition(function (position) {
			document.getElementById('lat').value = position.coords.latitude.toFixed(6);
			document.getElementById('lng').value = position.coords.longitude.toFixed(6);
			document.getElementById('directory-form').submit();
		});
	});
});
