package org.lianxin.platform.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET and POST route the application maps, read from Spring's handler mapping so
 * that a new page is included without anyone listing it, with the names of what its
 * handler reads from the request.
 */
record MappedRoutes(List<Route> routes) {

	/** One path pattern and method, with the request parameters and headers it reads. */
	record Route(RequestMethod method, String pattern, Map<String, Class<?>> parameters, Set<String> dateParameters,
			boolean dateInPath, Set<String> headers) {

		/** Parameters read as text, which a handler might parse as a date itself. */
		Set<String> textParameters() {
			Set<String> names = new LinkedHashSet<>();
			this.parameters.forEach((name, type) -> {
				if (type == String.class) {
					names.add(name);
				}
			});
			return names;
		}

		boolean readsDate() {
			return this.dateInPath || !this.dateParameters.isEmpty();
		}

		/** The pattern with every path variable replaced by {@code value}. */
		String path(String value) {
			return this.pattern.replaceAll("\\{[^}]*\\}", java.util.regex.Matcher.quoteReplacement(encode(value)));
		}

		private static String encode(String value) {
			return org.springframework.web.util.UriUtils.encodePathSegment(value,
					java.nio.charset.StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	static MappedRoutes of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			for (RequestMethod method : methods(info)) {
				for (String pattern : info.getPatternValues()) {
					// catch-all patterns (resources, the error page) take no data of ours
					if (!pattern.contains("*") && !pattern.equals("/error")) {
						routes.add(route(method, pattern, handler));
					}
				}
			}
		});
		return new MappedRoutes(List.copyOf(routes));
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return Set.of(RequestMethod.GET);
		}
		Set<RequestMethod> methods = new LinkedHashSet<>(declared);
		methods.retainAll(Set.of(RequestMethod.GET, RequestMethod.POST));
		return methods;
	}

	private static Route route(RequestMethod method, String pattern, HandlerMethod handler) {
		Map<String, Class<?>> parameters = new LinkedHashMap<>();
		Set<String> dates = new LinkedHashSet<>();
		Set<String> headers = new LinkedHashSet<>();
		boolean dateInPath = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
			if (param != null && !isFile(parameter)) {
				String name = named(param.name(), param.value(), parameter);
				parameters.put(name, type);
				if (Temporal.class.isAssignableFrom(type)) {
					dates.add(name);
				}
			}
			else if (header != null) {
				headers.add(named(header.name(), header.value(), parameter));
			}
			else if (isFormObject(parameter)) {
				dates.addAll(dateProperties(type));
			}
			else if (parameter.hasParameterAnnotation(PathVariable.class) && Temporal.class.isAssignableFrom(type)) {
				dateInPath = true;
			}
		}
		return new Route(method, pattern, parameters, dates, dateInPath, headers);
	}

	private static String named(String name, String value, MethodParameter parameter) {
		return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getParameterName();
	}

	private static boolean isFile(MethodParameter parameter) {
		return MultipartFile.class.isAssignableFrom(parameter.getParameterType())
				|| MultipartFile.class.equals(parameter.getNestedParameterType());
	}

	/** A form of ours bound from request parameters. */
	private static boolean isFormObject(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return !parameter.hasParameterAnnotation(RequestBody.class)
				&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
				&& type.getPackageName().startsWith("org.lianxin") && !BeanUtils.isSimpleProperty(type);
	}

	private static List<String> dateProperties(Class<?> form) {
		List<String> names = new ArrayList<>();
		if (form.isRecord()) {
			for (RecordComponent component : form.getRecordComponents()) {
				if (Temporal.class.isAssignableFrom(component.getType())) {
					names.add(component.getName());
				}
			}
			return names;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
			if (property.getWriteMethod() != null && Temporal.class.isAssignableFrom(property.getPropertyType())) {
				names.add(property.getName());
			}
		}
		return names;
	}

}
