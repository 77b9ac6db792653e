// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/metrichistoryexport.h"

#include "models/importers/tablewriter.h"
#include "models/store/trackingstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers::MetricHistoryExport {

QStringList headers()
{
    return {u"run_id"_s, u"key"_s, u"step"_s, u"timestamp"_s, u"value"_s};
}

QByteArray csv(Store::TrackingStore &tracking, const QStringList &runIds, const QStringList &keys)
{
    QList<QVariantList> rows;
    for (const QString &runId : runIds) {
        const QStringList runKeys = keys.isEmpty() ? tracking.metricKeys(runId) : keys;
        for (const QString &key : runKeys) {
            for (const Store::Metric &m : tracking.metricHistory(runId, key))
                rows.append({runId, key, m.step, m.timestamp, m.value});
        }
    }
    return TableWriter::csv(headers(), rows);
}

} // namespace Flowdesk::Importers::MetricHistoryExport
