package org.diplomacygraph.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

import org.diplomacygraph.place.Country;
import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A party, committee, government body, embassy, company or other body people hold posts in. */
@Entity
@Indexed
public class Organisation implements Aliased, Node {

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

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	@Column(name = "country_id", insertable = false, updatable = false)
	private String countryId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organisation parent;

	@Column(name = "parent_id", insertable = false, updatable = false)
	private String parentId;

	@FullTextField(name = "aliases", analyzer = "name")
	@FullTextField(name = "aliases_prefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@KeywordField(name = "aliases_whole", normalizer = "whole_name")
	@ElementCollection
	@CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "alias")
	private List<String> aliases = new ArrayList<>();

	protected Organisation() {
	}

	public Organisation(String id, String name, Kind kind, Country country, Organisation parent,
			List<String> aliases) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.country = country;
		this.countryId = (country != null) ? country.getId() : null;
		this.parent = parent;
		this.parentId = (parent != null) ? parent.getId() : null;
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

	public String getParentId() {
		return this.parentId;
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

	public Kind getKind() {
		return this.kind;
	}

	public Country getCountry() {
		return this.country;
	}

	public Organisation getParent() {
		return this.parent;
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

	/**
	 * The initials of the name and of each alias ({@link Names#initials}), and the same letters in
	 * alphabetical order after a {@code ~}, for the search index: an acronym finds the organisation
	 * whose words it abbreviates, in the order of any language ({@code PCC}, {@code CPC}).
	 */
	@KeywordField(name = "initials")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "name")),
			@ObjectPath(@PropertyValue(propertyName = "aliases")) })
	public List<String> getInitials() {
		List<String> initials = new ArrayList<>();
		for (String name : Names.all(this.name, this.aliases)) {
			String letters = Names.initials(name);
			if (!letters.isEmpty()) {
				initials.add(letters);
				initials.add("~" + Names.sortedLetters(letters));
			}
		}
		return initials;
	}

	/** What sort of body an organisation is. */
	public enum Kind {

		PARTY, PARTY_COMMITTEE, GOVERNMENT_BODY, EMBASSY, COMPANY, NGO, MASS_ORGANISATION, ADVISORY_BODY,
		INTERGOVERNMENTAL_BODY, SCHOOL

	}

}
