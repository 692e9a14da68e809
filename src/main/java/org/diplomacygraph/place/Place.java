package org.diplomacygraph.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A city, province, building or zone where meetings happen. */
@Entity
@Indexed
public class Place implements Aliased, Node {

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

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	@Column(name = "country_id", insertable = false, updatable = false)
	private String countryId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "within_id")
	private Place within;

	@Column(name = "within_id", insertable = false, updatable = false)
	private String withinId;

	@FullTextField(name = "aliases", analyzer = "name")
	@FullTextField(name = "aliases_prefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@KeywordField(name = "aliases_whole", normalizer = "whole_name")
	@ElementCollection
	@CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "alias")
	private List<String> aliases = new ArrayList<>();

	/** The ids of this place and of every place it lies within, at any depth. */
	@ElementCollection
	@CollectionTable(name = "place_enclosure", joinColumns = @JoinColumn(name = "place_id"))
	@Column(name = "enclosing_id")
	private Set<String> enclosing = new LinkedHashSet<>();

	protected Place() {
	}

	public Place(String id, String name, Kind kind, Country country, Place within, List<String> aliases) {
		this.id = id;
		this.name = name;
		this.nameKey = Names.fold(name);
		this.kind = kind;
		this.country = country;
		this.countryId = (country != null) ? country.getId() : null;
		this.within = within;
		this.withinId = (within != null) ? within.getId() : null;
		this.aliases = new ArrayList<>(aliases);
		this.enclosing.add(id);
		if (within != null) {
			this.enclosing.addAll(within.enclosing);
		}
	}

	public String getId() {
		return this.id;
	}

	public String getWithinId() {
		return this.withinId;
	}

	public String getCountryId() {
		return this.countryId;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public String getLabel() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Country getCountry() {
		return this.country;
	}

	public Place getWithin() {
		return this.within;
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

	/** What sort of place it is. */
	public enum Kind {

		CITY, PROVINCE, BUILDING, ECONOMIC_ZONE

	}

}
