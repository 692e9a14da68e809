package org.diplomacygraph.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.diplomacygraph.place.Country;
import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A person named by an article, however the articles spell the name. */
@Entity
@Indexed
public class Person implements Aliased, Node {

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

	/** The folded name and other names, for the name filter. */
	private String searchText;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "nationality_id")
	private Country nationality;

	@Column(name = "nationality_id", insertable = false, updatable = false)
	private String nationalityId;

	@FullTextField(name = "aliases", analyzer = "name")
	@FullTextField(name = "aliases_prefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@KeywordField(name = "aliases_whole", normalizer = "whole_name")
	@ElementCollection
	@CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "alias")
	private List<String> aliases = new ArrayList<>();

	protected Person() {
	}

	public Person(String id, String name, Country nationality, List<String> aliases) {
		this.id = id;
		this.name = name;
		this.nationality = nationality;
		this.nationalityId = (nationality != null) ? nationality.getId() : null;
		this.aliases = new ArrayList<>(aliases);
		this.nameKey = Names.fold(name);
		this.searchText = Names.searchText(name, aliases);
	}

	public String getId() {
		return this.id;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public String getNationalityId() {
		return this.nationalityId;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public String getLabel() {
		return this.name;
	}

	public Country getNationality() {
		return this.nationality;
	}

	@Override
	public void addAliases(Collection<String> names) {
		this.aliases.addAll(names);
		this.searchText = Names.searchText(this.name, this.aliases);
	}

	@Override
	public void keepAliases(Collection<String> sourced) {
		this.aliases.retainAll(sourced);
		this.searchText = Names.searchText(this.name, this.aliases);
	}

	public List<String> getAliases() {
		return this.aliases;
	}

}
