// htmx requests carry the page's CSRF token, like every form does
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header && token.content) {
		event.detail.headers[header.content] = token.content;
	}
});

// a filter that applies itself when changed (no inline handlers: the CSP forbids them)
document.addEventListener('change', function (event) {
	if (event.target.matches('[data-lx-autosubmit]') && event.target.form) {
		event.target.form.submit();
	}
});
