// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/filtersplit.h"

#include "models/query/extendedfilterparser.h"
#include "models/query/mlflowfilterparser.h"
#include "models/query/queryerror.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

FilterSplit splitForRemote(const QString &filter)
{
    try {
        MlflowFilterParser::parseConditions(filter, SearchDialect::Runs);
        return {filter, QString()};
    } catch (const QueryError &) {}
    const FilterNode tree = ExtendedFilterParser::parse(filter);
    std::vector<const FilterNode *> parts;
    if (tree.kind == FilterNode::Kind::And) {
        for (const FilterNode &child : tree.children)
            parts.push_back(&child);
    } else if (tree.kind != FilterNode::Kind::All) {
        parts.push_back(&tree);
    }
    QStringList remote;
    QStringList local;
    for (const FilterNode *part : parts) {
        const QString text = filter.mid(part->position, part->length);
        bool remoteOk = false;
        if (ExtendedFilterParser::isMlflowCompatible(*part)) {
            try {
                MlflowFilterParser::parseConditions(text, SearchDialect::Runs);
                remoteOk = true;
            } catch (const QueryError &) {}
        }
        if (remoteOk)
            remote.append(text);
        else
            local.append(part->kind == FilterNode::Kind::Or && !part->parenthesized
                             ? u'(' + text + u')'
                             : text);
    }
    return {remote.join(u" AND "_s), local.join(u" AND "_s)};
}

} // namespace Flowdesk::Query
