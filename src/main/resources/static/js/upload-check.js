// Checks a chosen photo's size in the browser, before anything is sent. A body over the
// server's limit cannot be read there, so the server could only answer with a page of
// its own; here the citizen is told at once, beside the field, and everything typed
// stays in the form. The limits and messages come from the page's meta tags
// (UploadLimits on the server), so the numbers live in one place.
(function () {
	function meta(name) {
		var tag = document.querySelector('meta[name="' + name + '"]');
		return tag ? tag.content : null;
	}

	var maxBytes = Number(meta('upload-max-bytes'));
	var maxFiles = Number(meta('upload-max-files'));
	if (!maxBytes) return;

	function problemOf(input) {
		var files = input.files || [];
		if (input.multiple && maxFiles && files.length > maxFiles) {
			return meta('upload-too-many');
		}
		for (var i = 0; i < files.length; i++) {
			if (files[i].size > maxBytes) {
				return input.getAttribute('data-too-large') || meta('upload-too-large');
			}
		}
		return '';
	}

	// the message sits where the server puts its own: in the field's invalid-feedback
	function messageBox(input) {
		var box = document.getElementById(input.name + '-upload-problem');
		if (!box) {
			box = document.createElement('div');
			box.id = input.name + '-upload-problem';
			box.className = 'invalid-feedback d-block';
			box.setAttribute('role', 'alert');
			input.insertAdjacentElement('afterend', box);
			var described = input.getAttribute('aria-describedby');
			input.setAttribute('aria-describedby', described ? described + ' ' + box.id : box.id);
		}
		return box;
	}

	function check(input) {
		var problem = problemOf(input);
		// the browser itself then refuses to submit the form and points at the field
		input.setCustomValidity(problem);
		input.classList.toggle('is-invalid', problem !== '');
		messageBox(input).textContent = problem;
		return problem === '';
	}

	function limitedInputs(root) {
		return root.querySelectorAll('input[type="file"]');
	}

	document.addEventListener('change', function (event) {
		var input = event.target;
		if (input instanceof HTMLInputElement && input.type === 'file') {
			check(input);
		}
	});

	// also for forms marked novalidate, which the browser would let through
	document.addEventListener('submit', function (event) {
		var inputs = limitedInputs(event.target);
		var first = null;
		for (var i = 0; i < inputs.length; i++) {
			if (!check(inputs[i]) && !first) first = inputs[i];
		}
		if (first) {
			event.preventDefault();
			first.focus();
		}
	}, true);
})();
