package org.diplomacygraph.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a configured API key: the key's name is the principal, its role the authority. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final String keyName;

	private final Role role;

	ApiKeyAuthentication(String keyName, Role role) {
		super(List.of(new SimpleGrantedAuthority(role.authority())));
		this.keyName = keyName;
		this.role = role;
		setAuthenticated(true);
	}

	/** No credentials are kept: the key is checked and dropped. */
	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.keyName;
	}

	@Override
	public String getName() {
		return this.keyName;
	}

	public Role getRole() {
		return this.role;
	}

}
