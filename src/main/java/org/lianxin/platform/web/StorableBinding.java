package org.lianxin.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Every value bound from a request (request parameters, path variables, form fields) is
 * converted by one conversion service; wrapping it checks each result with
 * {@link StorableInput}, so a date in the year -999999999 is a 400 naming the parameter
 * (a type mismatch) instead of a 500 from the query that cannot hold it. Formats stay as
 * the framework and {@code @DateTimeFormat} define them.
 */
@Configuration(proxyBeanMethods = false)
class StorableBinding {

	@Bean
	static BeanPostProcessor storableBindingPostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof RequestMappingHandlerAdapter adapter
						&& adapter.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer
						&& initializer.getConversionService() != null
						&& !(initializer.getConversionService() instanceof Checked)) {
					initializer.setConversionService(new Checked(initializer.getConversionService()));
				}
				return bean;
			}
		};
	}

	/** The framework's conversion service, with each result checked. */
	static final class Checked implements ConversionService {

		private final ConversionService converter;

		Checked(ConversionService converter) {
			this.converter = converter;
		}

		@Override
		public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
			return this.converter.canConvert(sourceType, targetType);
		}

		@Override
		public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
			return this.converter.canConvert(sourceType, targetType);
		}

		@Override
		public <T> T convert(Object source, Class<T> targetType) {
			return checked(source, TypeDescriptor.forObject(source), TypeDescriptor.valueOf(targetType),
					this.converter.convert(source, targetType));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return checked(source, sourceType, targetType, this.converter.convert(source, sourceType, targetType));
		}

		private static <T> T checked(Object source, TypeDescriptor sourceType, TypeDescriptor targetType, T result) {
			try {
				StorableInput.check(result);
				return result;
			}
			catch (UnstorableInputException ex) {
				// what the binder reports as a type mismatch: 400 for a parameter, a
				// field
				// error on a form
				throw new ConversionFailedException(sourceType, targetType, source, ex);
			}
		}

	}

}
