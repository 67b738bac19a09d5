import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { ReportMeasure } from '../../../shared/transparency/report';
import { callApi } from '../../lib/api-client';
import { reportKeys } from '../../lib/query-keys';

/** A server-only view: computed by the case service on request, never mirrored. */
export function transparencyReportQuery(from: string, to: string) {
  return queryOptions({
    queryKey: reportKeys.transparency(from, to),
    queryFn: () => callApi(API.transparencyReport, { query: { from, to } }),
  });
}

export function useTransparencyReport(from: string, to: string) {
  return useQuery(transparencyReportQuery(from, to));
}

export function useReportCases(
  selection: { country: string; period: string; measure: ReportMeasure } | null,
) {
  return useQuery({
    queryKey: reportKeys.cases(
      selection?.country ?? '',
      selection?.period ?? '',
      selection?.measure ?? '',
    ),
    queryFn: () =>
      selection
        ? callApi(API.transparencyCases, { query: selection })
        : Promise.resolve({ cases: [] }),
    enabled: selection !== null,
  });
}

/** Closing a quarter, or amending a closed one; the report is read again afterwards. */
export function useQuarterAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { period: string; reason?: string }) =>
      action.reason === undefined
        ? callApi(API.freezeQuarter, { params: { period: action.period } })
        : callApi(API.amendQuarter, {
            params: { period: action.period },
            body: { reason: action.reason },
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
