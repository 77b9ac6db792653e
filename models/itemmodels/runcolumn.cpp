// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runcolumn.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

QString RunColumn::filterKey() const
{
    // Backticks always: keys may hold spaces, dashes or dots ("val loss", "mlflow.user").
    const QString quoted = u'`' + key + u'`';
    switch (kind) {
    case Kind::Metric:
        return u"metrics."_s + quoted;
    case Kind::Param:
        return u"params."_s + quoted;
    case Kind::Tag:
        return u"tags."_s + quoted;
    }
    return {};
}

QString RunColumn::orderKey() const
{
    if (kind != Kind::Metric)
        return filterKey();
    switch (aggregate) {
    case Aggregate::Latest:
        return filterKey();
    case Aggregate::Min:
        return u"min("_s + filterKey() + u')';
    case Aggregate::Max:
        return u"max("_s + filterKey() + u')';
    case Aggregate::Mean:
        return u"mean("_s + filterKey() + u')';
    case Aggregate::AtStep:
        return filterKey() + u"@step="_s + QString::number(step);
    }
    return filterKey();
}

} // namespace Flowdesk::ItemModels
