// Shared since the targets feature needed it too; kept so this feature's imports stay short.
export { useToast } from '@web/lib/use-toast';
