// Added to FerretDB 1.24's SQLite backend by infra/local/ferretdb.sh (not part of FerretDB).
//
// FerretDB 1.x sends SQLite only an `_id` equality; for any other filter it reads and decodes
// every document of the collection and filters them itself. A read model queried by another
// field (an advisor's meetings by `advisorId`) then costs a decode of the whole collection per
// query, which grows with the data. This narrows the SELECT by the filter's top-level string
// equalities, in a form SQLite can answer from the index the collection has on that field
// (FerretDB creates `_ferretdb_sjson->"field"` indexes for createIndexes).
//
// It only narrows: FerretDB still applies the whole filter to what comes back, so a row must be
// kept whenever the filter could match it. `{field: "x"}` also matches a document whose field is
// an array holding "x", so rows whose field is an array (JSON text from '[' up to '\') are kept
// as well; that is a second range of the same index.

package sqlite

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// Keys safe to spell in SQL as a label (no quotes, dots or `$`).
var careerPushdownKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// Values whose JSON text is certain to be byte-equal to what SQLite's `->` gives back for the
// stored value: printable ASCII with nothing JSON or Go's encoder would escape (" \ < > &).
var careerPushdownValue = regexp.MustCompile(`^[ !#-%'-;=?-\[\]-~]*$`)

// careerEqualityPushdown returns the WHERE clause for params' filter when FerretDB's own `_id`
// pushdown did not give one (where == "").
func careerEqualityPushdown(filter *types.Document, where string, args []any) (string, []any) {
	if where != "" || filter == nil || filter.Len() == 0 {
		return where, args
	}

	var conditions []string

	for _, key := range filter.Keys() {
		if !careerPushdownKey.MatchString(key) {
			continue
		}

		value, ok := must.NotFail(filter.Get(key)).(string)
		if !ok || !careerPushdownValue.MatchString(value) {
			continue
		}

		field := fmt.Sprintf(`%s->'%s'`, metadata.DefaultColumn, key)
		conditions = append(conditions, fmt.Sprintf(`(%[1]s = ? OR (%[1]s >= '[' AND %[1]s < '\'))`, field))
		args = append(args, string(must.NotFail(sjson.MarshalSingleValue(value))))
	}

	if len(conditions) == 0 {
		return where, args
	}

	return ` WHERE ` + strings.Join(conditions, ` AND `), args
}
