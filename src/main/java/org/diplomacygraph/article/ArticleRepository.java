package org.diplomacygraph.article;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores articles. */
public interface ArticleRepository extends JpaRepository<Article, String> {

}
