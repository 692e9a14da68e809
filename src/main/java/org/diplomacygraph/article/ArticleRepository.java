package org.diplomacygraph.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores articles. */
@Transactional(readOnly = true)
public interface ArticleRepository extends JpaRepository<Article, String> {

}
