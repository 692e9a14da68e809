package org.diplomacygraph.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an API key may do. Every key may read (reads need no key at all; a key only gives the client
 * its own rate-limit bucket); {@code editor} may also write; {@code operator} may also read the
 * operational endpoints (Prometheus metrics, health details; see {@code SecurityConfiguration}). New
 * roles are added here and granted in the {@code @PreAuthorize} of the operations they open.
 */
public enum Role {

	/** Identifies a client that only reads. */
	READER,

	/** May run every mutation and read the audit log. */
	EDITOR,

	/** May scrape {@code /actuator/prometheus} and see the components of {@code /actuator/health}; writes nothing. */
	OPERATOR;

	/** The authority Spring Security checks, e.g. {@code ROLE_EDITOR} for {@code hasRole('EDITOR')}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role as written in configuration, e.g. {@code editor}. */
	public String configName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Role parse(String name) {
		return Arrays.stream(values())
			.filter((role) -> role.configName().equals(name.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown role '" + name + "', expected one of "
					+ Arrays.stream(values()).map(Role::configName).collect(Collectors.joining(", "))));
	}

}
