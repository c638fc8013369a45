// The form editor's one addition to Decap CMS: a reference field that may name entries of
// several kinds (a network's members are actors or networks). Decap's relation widget searches
// one collection; this wraps it and answers its searches from every allowed collection, so the
// editor still picks by title and the file still gets the slug. Loaded after decap-cms.js,
// before Decap reads config.yml.
(function registerMultiRelation(CMS, h, createClass) {
  const relation = CMS.getWidget('relation');
  if (!relation) throw new Error('Decap CMS ohne Relation-Widget');

  const Control = createClass({
    query(forID, _collection, searchFields, term, file, limit) {
      const targets = this.props.field.get('collections').toArray();
      return Promise.all(
        targets.map((target) => this.props.query(forID, target, searchFields, term, file, limit)),
      ).then((results) => {
        const hits = results.flatMap((result) => result.payload.hits || []);
        return { ...results[0], payload: { ...results[0].payload, hits } };
      });
    },
    render() {
      const targets = this.props.field.get('collections').toArray();
      // The relation widget caches options per collection name: one name per set of kinds.
      const field = this.props.field.set('collection', targets.join('+'));
      return h(relation.control, { ...this.props, field, query: this.query });
    },
  });

  CMS.registerWidget('verweis', Control, relation.preview);
})(window.CMS, window.h, window.createClass);
