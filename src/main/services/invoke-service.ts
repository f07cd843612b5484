// Calls one method of the contract on the services, for any host (IPC, HTTP). The call keeps the
// services object as `this`, since it is a class instance.
import type { ApiMethod } from '@shared/ipc/contract'
import type { ServiceHost } from './service-host'

type AnyMethod = (...args: readonly unknown[]) => Promise<unknown>

export const invokeService = (
  services: ServiceHost,
  method: ApiMethod,
  args: readonly unknown[],
): Promise<unknown> => (services as unknown as Record<ApiMethod, AnyMethod>)[method](...args)
