import { useOnline } from '../../lib/connection';
import { ImportFileForm } from './ImportFileForm';
import { OrderForm } from './OrderForm';

export function IntakeScreen() {
  const online = useOnline();
  return (
    <main className="page">
      <h1>Import order</h1>
      {!online && (
        <div className="notice notice-offline" role="status">
          You are offline. Orders can be imported once the case service is reachable again.
        </div>
      )}
      <ImportFileForm />
      <OrderForm />
    </main>
  );
}
