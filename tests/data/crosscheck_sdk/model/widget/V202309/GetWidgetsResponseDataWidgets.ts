/**
 * Hand-written fixture in the layout of TikTok's generated SDK models (tests/test_crosscheck.py).
 */

import { RequestFile } from '../../models';
import { Widget202309GetWidgetsResponseDataWidgetsSize } from './GetWidgetsResponseDataWidgetsSize';

export class Widget202309GetWidgetsResponseDataWidgets {
    /**
    * The id.
    */
    'id'?: string;
    /**
    * The weight grams.
    */
    'weightGrams'?: number;
    /**
    * The is active.
    */
    'isActive'?: boolean;
    /**
    * The tags.
    */
    'tags'?: Array<string>;
    /**
    * The size.
    */
    'size'?: Widget202309GetWidgetsResponseDataWidgetsSize;
    /**
    * The extra.
    */
    'extra'?: any;

    static discriminator: string | undefined = undefined;

    static attributeTypeMap: Array<{name: string, baseName: string, type: string}> = [
        {
            "name": "id",
            "baseName": "id",
            "type": "string"
        },
        {
            "name": "weightGrams",
            "baseName": "weight_grams",
            "type": "number"
        },
        {
            "name": "isActive",
            "baseName": "is_active",
            "type": "boolean"
        },
        {
            "name": "tags",
            "baseName": "tags",
            "type": "Array<string>"
        },
        {
            "name": "size",
            "baseName": "size",
            "type": "Widget202309GetWidgetsResponseDataWidgetsSize"
        },
        {
            "name": "extra",
            "baseName": "extra",
            "type": "object"
        }    ];

    static getAttributeTypeMap() {
        return Widget202309GetWidgetsResponseDataWidgets.attributeTypeMap;
    }
}
