package org.diplomacygraph.place;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A sovereign state, a party to agreements and the home of people, places and organisations. */
@Entity
public class Country {

	@Id
	private String id;

	private String name;

	private String code;

	@ElementCollection
	@CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "alias")
	private List<String> aliases = new ArrayList<>();

	protected Country() {
	}

	public Country(String id, String name, String code, List<String> aliases) {
		this.id = id;
		this.name = name;
		this.code = code;
		this.aliases = new ArrayList<>(aliases);
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getCode() {
		return this.code;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

}
