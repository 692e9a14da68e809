package org.diplomacygraph.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A sovereign state, a party to agreements and the home of people, places and organisations. */
@Entity
@Indexed
public class Country implements Aliased, Node {

	@Id
	// A tie-breaker, so that hits of equal score come in the same order on every run.
	@KeywordField(name = "id", sortable = Sortable.YES, searchable = Searchable.NO)
	private String id;

	@FullTextField(name = "name", analyzer = "name")
	@FullTextField(name = "name_prefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@KeywordField(name = "name_whole", normalizer = "whole_name")
	private String name;

	/** The folded name, for ordering by name whatever the case and diacritics. */
	private String nameKey;

	private String code;

	@FullTextField(name = "aliases", analyzer = "name")
	@FullTextField(name = "aliases_prefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@KeywordField(name = "aliases_whole", normalizer = "whole_name")
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
		this.nameKey = Names.fold(name);
		this.code = code;
		this.aliases = new ArrayList<>(aliases);
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	@Override
	public String getLabel() {
		return this.name;
	}

	public String getCode() {
		return this.code;
	}

	@Override
	public void addAliases(Collection<String> names) {
		this.aliases.addAll(names);
	}

	@Override
	public void keepAliases(Collection<String> sourced) {
		this.aliases.retainAll(sourced);
	}

	public List<String> getAliases() {
		return this.aliases;
	}

}
