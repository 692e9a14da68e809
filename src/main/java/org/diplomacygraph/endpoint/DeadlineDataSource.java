package org.diplomacygraph.endpoint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Holds every SQL statement to the deadline of the request it runs for ({@link RequestDeadline}):
 * registered while it executes, so that the deadline can cancel it ({@link Statement#cancel()},
 * which H2 and PostgreSQL both honour from another thread), and refused if it would start after
 * the deadline. Statements outside requests (start-up, ingest, search sync) run as they are.
 * <p>
 * Cancelling at the deadline rather than setting a JDBC query timeout: the timeout has whole
 * seconds only, and H2 keeps it on the session, so it would outlive the request in the pool.
 */
final class DeadlineDataSource extends DelegatingDataSource {

	DeadlineDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connection(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connection(super.getConnection(username, password));
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			Object result = invoke(connection, method, args);
			if (result instanceof CallableStatement statement) {
				return statement(CallableStatement.class, statement);
			}
			if (result instanceof PreparedStatement statement) {
				return statement(PreparedStatement.class, statement);
			}
			if (result instanceof Statement statement) {
				return statement(Statement.class, statement);
			}
			return result;
		});
	}

	private static <S extends Statement> S statement(Class<S> type, S statement) {
		return proxy(type, statement, (method, args) -> {
			RequestDeadline deadline = method.getName().startsWith("execute") ? RequestDeadline.current() : null;
			if (deadline == null) {
				return invoke(statement, method, args);
			}
			deadline.starting(statement);
			try {
				return invoke(statement, method, args);
			}
			finally {
				deadline.finished(statement);
			}
		});
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
		return (T) Proxy.newProxyInstance(DeadlineDataSource.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> call.on(method, args));
	}

	/** A method call on the wrapped object. */
	private interface Call {

		Object on(Method method, Object[] args) throws Throwable;

	}

}
