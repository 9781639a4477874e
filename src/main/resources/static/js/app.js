// htmx requests carry the page's CSRF token, like every form does
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header && token.content) {
		event.detail.headers[header.content] = token.content;
	}
});

// a filter that applies as soon as it is chosen (no inline handlers: the pages' CSP allows
// scripts from the application's own files only)
document.addEventListener('change', function (event) {
	if (event.target.matches && event.target.matches('[data-submit-on-change]') && event.target.form) {
		event.target.form.submit();
	}
});
