/**
 * Hand-written fixture in the layout of TikTok's generated SDK models (tests/test_crosscheck.py).
 */

import { RequestFile } from '../../models';
import { Widget202309GetWidgetsResponseData } from './GetWidgetsResponseData';

export class Widget202309GetWidgetsResponse {
    /**
    * The code.
    */
    'code'?: number;
    /**
    * The data.
    */
    'data'?: Widget202309GetWidgetsResponseData;
    /**
    * The message.
    */
    'message'?: string;
    /**
    * The request id.
    */
    'requestId'?: string;

    static discriminator: string | undefined = undefined;

    static attributeTypeMap: Array<{name: string, baseName: string, type: string}> = [
        {
            "name": "code",
            "baseName": "code",
            "type": "number"
        },
        {
            "name": "data",
            "baseName": "data",
            "type": "Widget202309GetWidgetsResponseData"
        },
        {
            "name": "message",
            "baseName": "message",
            "type": "string"
        },
        {
            "name": "requestId",
            "baseName": "request_id",
            "type": "string"
        }    ];

    static getAttributeTypeMap() {
        return Widget202309GetWidgetsResponse.attributeTypeMap;
    }
}
