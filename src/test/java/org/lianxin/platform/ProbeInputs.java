package org.lianxin.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a hostile visitor sends: every mapped route with the parameter names its handler
 * reads, and the values that have broken web applications before (markup to be echoed,
 * NUL bytes, numbers past a long, dates that do not exist, a wall of text).
 */
final class ProbeInputs {

	/**
	 * Markup that must never come back unescaped; the tag name is unique to the probe.
	 */
	static final String ECHO = "<lxprobe x=\"1\">'\"";

	static final String ECHO_MARK = "<lxprobe";

	static final List<String> JUNK = List.of("\u0000", "%00abc", "99999999999999999999999", "-1", "2026-13-45",
			"\uFFFF\uD800", "../../etc/passwd", "x".repeat(10_000), "' or 1=1 --", "１２３");

	/** A route: its pattern, its method and the request parameters its handler reads. */
	record Route(String pattern, RequestMethod method, Set<String> parameters) {
	}

	private ProbeInputs() {
	}

	/**
	 * Every GET and POST route, the error page aside, with its parameters, in a stable
	 * order.
	 */
	static List<Route> routes(RequestMappingHandlerMapping mapping) {
		Map<String, Route> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Set<String> parameters = parameters(entry.getValue());
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						routes.merge(method + " " + pattern, new Route(pattern, method, parameters),
								(a, b) -> new Route(pattern, method, union(a.parameters(), b.parameters())));
					}
				}
			}
		}
		return new ArrayList<>(routes.values());
	}

	/**
	 * The names a handler reads from the query or the form: its request parameters and
	 * the properties of the objects it binds.
	 */
	static Set<String> parameters(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				if (name != null && !MultipartFile.class.isAssignableFrom(type)) {
					names.add(name);
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormObject(parameter)) {
				names.addAll(properties(type));
			}
		}
		return names;
	}

	private static boolean isFormObject(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return !parameter.hasParameterAnnotation(PathVariable.class)
				&& !parameter.hasParameterAnnotation(RequestBody.class) && !BeanUtils.isSimpleProperty(type)
				&& type.getName().startsWith("org.lianxin.");
	}

	private static Set<String> properties(Class<?> type) {
		Set<String> names = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					names.add(field.getName());
				}
			}
		}
		return names;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

}
