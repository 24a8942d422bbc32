import type { Generation } from '../../model/index.ts';

/** Processor generation of common machine type-models (the first four digits and the model). */
const BY_TYPE_MODEL: Record<Generation, readonly string[]> = {
  POWER5: ['9110-510', '9111-520', '9113-550', '9116-561', '9117-570', '9119-590', '9119-595', '9131-52A', '9133-55A', '9123-710', '9124-720'],
  POWER6: ['8203-E4A', '8204-E8A', '8234-EMA', '9117-MMA', '9119-FHA', '9406-MMA', '9407-M15', '9408-M25', '9409-M50', '7998-60X', '7998-61X', '7778-23X'],
  POWER7: ['8202-E4B', '8202-E4C', '8205-E6B', '8205-E6C', '8231-E2B', '8231-E1C', '8233-E8B', '8236-E8C', '9117-MMB', '9117-MMC', '9179-MHB', '9179-MHC', '9119-FHB', '8406-70Y', '8406-71Y'],
  'POWER7+': ['9117-MMD', '9179-MHD', '8202-E4D', '8205-E6D', '8231-E2D', '8408-E8D', '9109-RMD'],
  POWER8: ['8284-21A', '8284-22A', '8286-41A', '8286-42A', '8247-21L', '8247-22L', '8247-42L', '8408-E8E', '9119-MME', '9119-MHE', '9080-MME', '9080-MHE'],
  POWER9: ['9009-22A', '9009-41A', '9009-42A', '9223-22H', '9223-42H', '9040-MR9', '9080-M9S', '9008-22L', '9183-22X'],
  POWER10: ['9105-22A', '9105-22B', '9105-41B', '9105-42A', '9786-22H', '9786-42H', '9043-MRX', '9080-HEX', '9028-21B'],
};

export function generationOf(typeModel: string): Generation | null {
  const tm = typeModel.toUpperCase();
  for (const [gen, list] of Object.entries(BY_TYPE_MODEL) as [Generation, readonly string[]][]) if (list.includes(tm)) return gen;
  return null;
}
