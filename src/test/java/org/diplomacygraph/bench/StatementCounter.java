package org.diplomacygraph.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts SQL statements across the whole server: wraps the DataSource so that every statement
 * prepared or created on any connection, on any thread (batch loaders run on others than the
 * request's), is counted once. The same counter serves GraphQL and the JDBC baseline.
 */
final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong count = new AtomicLong();

	long count() {
		return this.count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return (result instanceof Connection connection) ? proxy(Connection.class, connection,
						(inner, call, arguments) -> {
							if (STATEMENTS.contains(call.getName())) {
								this.count.incrementAndGet();
							}
							return invoke(inner, call, arguments);
						}) : result;
			});
		}
		return bean;
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** A method call on a wrapped object. */
	private interface Call {

		Object on(Object target, Method method, Object[] args) throws Throwable;

	}

}
